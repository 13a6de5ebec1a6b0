import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../utils/renderApp'

describe('app shell', () => {
  it('shows the product name, navigation and the home page in English', () => {
    renderApp('/')
    expect(screen.getByRole('link', { name: /Smart City Maturity Self-Assessment/ })).toBeVisible()
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeVisible()
    expect(screen.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible()
  })

  it('switches to Chinese and back with the language button, updating <html lang> and the saved choice', async () => {
    const { user } = renderApp('/')
    await user.click(screen.getByRole('button', { name: '切换到中文' }))
    expect(screen.getByRole('heading', { level: 1, name: '我的评估' })).toBeVisible()
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(localStorage.getItem('scm.language')).toBe('zh-CN')
    await user.click(screen.getByRole('button', { name: '切换到 English' }))
    expect(screen.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible()
    expect(document.documentElement.lang).toBe('en')
  })

  it('shows a translated not-found page for an unknown address', () => {
    renderApp('/no/such/page')
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    expect(screen.getByText(/\/no\/such\/page/)).toBeVisible()
  })
})
