/**
 * "Cỡ chữ" in the delegate's header: a button that opens the three sizes, the
 * chosen one marked. The choices open over the whole app (outside the header,
 * whose layer the bars under it would otherwise cover); a tap beside them closes.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../ui/language';
import type { PlainMessageKey } from '../../../shared/i18n/translate';
import { TEXT_SIZES, useTextSize } from './textSize';
import type { TextSize } from './textSize';
import './textSize.css';

const LABELS: Record<TextSize, PlainMessageKey> = { normal: 'textSize.normal', large: 'textSize.large', largest: 'textSize.largest' };

export function TextSizeMenu() {
  const t = useT();
  const size = useTextSize((state) => state.size);
  const choose = useTextSize((state) => state.choose);
  const [open, setOpen] = useState(false);
  return (
    <div className="text-size">
      <button type="button" className="button text-size-button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="text-size-button">
        <span aria-hidden="true">Aa</span> {t('textSize.title')}
      </button>
      {open &&
        createPortal(
          <div className="text-size-backdrop" onClick={() => setOpen(false)}>
            <div className="text-size-choices" role="group" aria-label={t('textSize.title')} onClick={(event) => event.stopPropagation()}>
              {(Object.keys(TEXT_SIZES) as TextSize[]).map((candidate) => (
                <button
                  key={candidate}
                  type="button"
                  className={candidate === size ? 'button button-primary text-size-choice' : 'button text-size-choice'}
                  aria-pressed={candidate === size}
                  data-size={candidate}
                  onClick={() => {
                    choose(candidate);
                    setOpen(false);
                  }}
                >
                  {t(LABELS[candidate])}
                </button>
              ))}
            </div>
          </div>,
          document.body,
        )}
    </div>
  );
}
