import { describe, expect, it } from 'vitest'
import { DepartmentFormSchema, PackageFormSchema } from './departmentForm'

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? []

describe('department forms', () => {
  it('needs a name and trims both fields', () => {
    expect(DepartmentFormSchema.parse({ name: ' 交通局 ', contact: ' 张三 ' })).toEqual({
      name: '交通局',
      contact: '张三',
    })
    expect(messages(DepartmentFormSchema.safeParse({ name: '  ', contact: '' }))).toEqual([
      'departments.form.nameRequired',
    ])
    expect(
      messages(DepartmentFormSchema.safeParse({ name: 'x'.repeat(101), contact: '' })),
    ).toEqual(['validation.tooLong'])
  })

  it('takes an empty or calendar due date and a note of limited length', () => {
    expect(PackageFormSchema.parse({ dueDate: '', note: '' })).toEqual({ dueDate: '', note: '' })
    expect(PackageFormSchema.parse({ dueDate: '2026-12-20', note: ' 请 ' }).note).toBe('请')
    expect(messages(PackageFormSchema.safeParse({ dueDate: '20.12.2026', note: '' }))).toEqual([
      'departments.form.dueDateInvalid',
    ])
    expect(messages(PackageFormSchema.safeParse({ dueDate: '', note: 'x'.repeat(2001) }))).toEqual([
      'validation.tooLong',
    ])
  })
})
