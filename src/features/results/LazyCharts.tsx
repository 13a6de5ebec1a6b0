import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNearViewport } from '../../components/ui/useNearViewport'
import type { CapabilityRadar as Radar } from '../../components/report/CapabilityRadar'
import type { DimensionChart as Bars } from './DimensionChart'
import { barsHeight } from '../../components/report/chartSize'
import '../../components/report/report.css'

/*
 * The charts (recharts, the largest chunk of the app) load after the results text: the scores,
 * levels and tables show as soon as they are computed, and each chart fills a box of its exact
 * size when its code arrives, so nothing moves. A chart is drawn when it comes near the viewport.
 */
const loadRadar = () => import('../../components/report/CapabilityRadar')
const loadBars = () => import('./DimensionChart')
const CapabilityRadar = lazy(() => loadRadar().then((m) => ({ default: m.CapabilityRadar })))
const DimensionChart = lazy(() => loadBars().then((m) => ({ default: m.DimensionChart })))

/**
 * Fetches the code of both charts without drawing them. Once it has resolved, a chart suspends only
 * for a microtask when it comes near the viewport. Tests await it, so that what they wait for does
 * not include the first load of the chart modules (seconds on a busy machine).
 */
export const preloadCharts = async (): Promise<void> => {
  await Promise.all([loadRadar(), loadBars()])
}

type Slot = {
  size: 'radar' | 'bars'
  /** The drawing's height where it depends on the data (the bars); else the CSS's. */
  height?: number
}

/** Same box as the chart it stands in for: a fitted `.report-chart`, as high as its drawing. */
const ChartPlaceholder = ({ size, height }: Slot) => {
  const { t } = useTranslation()
  return (
    <div className={`report-chart report-chart-fitted report-chart-${size}`}>
      {/* Hidden from assistive technology: the table beside each chart carries its numbers. */}
      <div
        className={`chart-placeholder chart-placeholder-${size}`}
        style={height === undefined ? undefined : { height }}
        aria-hidden="true"
      >
        {t('common.loading')}
      </div>
    </div>
  )
}

/** The chart once it is near the viewport and its code has arrived; its placeholder until then. */
const WhenNear = ({ size, height, children }: Slot & { children: ReactNode }) => {
  const { ref, near } = useNearViewport<HTMLDivElement>()
  return (
    <div ref={ref} className="chart-slot">
      <Suspense fallback={<ChartPlaceholder size={size} height={height} />}>
        {near ? children : <ChartPlaceholder size={size} height={height} />}
      </Suspense>
    </div>
  )
}

export const LazyCapabilityRadar = (props: ComponentProps<typeof Radar>) => (
  <WhenNear size="radar">
    <CapabilityRadar {...props} />
  </WhenNear>
)

export const LazyDimensionChart = (props: ComponentProps<typeof Bars>) => (
  <WhenNear size="bars" height={barsHeight(props.dimensions.length)}>
    <DimensionChart {...props} />
  </WhenNear>
)
