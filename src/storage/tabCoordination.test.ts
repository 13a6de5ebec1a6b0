import { describe, expect, it, vi } from 'vitest'
import { announceSaved, onOtherTabSaved } from './tabCoordination'

describe('tab coordination', () => {
  it('delivers saves to other tabs but never back to the tab that made them', async () => {
    const own = vi.fn()
    const stop = onOtherTabSaved(own)
    const otherTab = new BroadcastChannel('smart-city-assessments')
    const heardByOther = new Promise<unknown>(
      (resolve) => (otherTab.onmessage = (e) => resolve(e.data)),
    )

    announceSaved({ type: 'saved', id: 'a', revision: 2, schemaVersion: 1 })
    expect(await heardByOther).toEqual({ type: 'saved', id: 'a', revision: 2, schemaVersion: 1 })

    otherTab.postMessage({ type: 'saved', id: 'b', revision: 5, schemaVersion: 1 })
    await vi.waitFor(() =>
      expect(own).toHaveBeenCalledWith({ type: 'saved', id: 'b', revision: 5, schemaVersion: 1 }),
    )
    expect(own).toHaveBeenCalledTimes(1)
    stop()
    otherTab.close()
  })
})
