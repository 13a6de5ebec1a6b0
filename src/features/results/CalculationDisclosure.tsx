import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CalculationTable, type CalculationView } from './CalculationTable'

type Props = { name: string; calculation: CalculationView }

/** A "show calculation" disclosure button (aria-expanded) over the calculation of one score. */
export const CalculationDisclosure = ({ name, calculation }: Props) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  return (
    <div className="results-disclosure">
      <h3>
        <button
          type="button"
          className="button secondary"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          {t('results.calc.toggle', { name })}
        </button>
      </h3>
      <div id={panelId} hidden={!open}>
        {open && <CalculationTable name={name} calculation={calculation} />}
      </div>
    </div>
  )
}
