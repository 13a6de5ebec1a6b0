import { useTranslation } from 'react-i18next'
import { seriesStyles } from './seriesStyles'
import './report.css'

type Props = { currentName: string; previousName?: string; target: boolean }

/** A sample of one series' line and marker, drawn exactly as on the radar. */
const Swatch = ({ series }: { series: keyof typeof seriesStyles }) => {
  const style = seriesStyles[series]
  return (
    <svg width="40" height="14" aria-hidden="true" className="report-swatch">
      {'dash' in style ? (
        <>
          <line
            x1="0"
            y1="7"
            x2="40"
            y2="7"
            stroke={style.color}
            strokeWidth="2"
            strokeDasharray={style.dash}
          />
          {style.marker === 'circle' ? (
            <circle cx="20" cy="7" r="4" fill={style.color} />
          ) : (
            <rect x="16" y="3" width="8" height="8" fill={style.color} />
          )}
        </>
      ) : (
        <>
          <rect x="0" y="1" width="40" height="12" fill={style.color} fillOpacity="0.3" />
          <line x1="0" y1="1" x2="40" y2="1" stroke={style.color} strokeWidth="2" />
        </>
      )}
    </svg>
  )
}

/**
 * The radar's legend in words, with a sample of each line: in a black-and-white print the
 * colours are gone, so each series is named by its pattern and marker.
 */
export const RadarKey = ({ currentName, previousName, target }: Props) => {
  const { t } = useTranslation()
  return (
    <ul className="report-key" aria-label={t('print.radar.legendLabel')}>
      <li>
        <Swatch series="current" /> {t('print.radar.legendCurrent', { name: currentName })}
      </li>
      {previousName !== undefined && (
        <li>
          <Swatch series="previous" /> {t('print.radar.legendPrevious', { name: previousName })}
        </li>
      )}
      {target && (
        <li>
          <Swatch series="target" /> {t('print.radar.legendTarget')}
        </li>
      )}
    </ul>
  )
}
