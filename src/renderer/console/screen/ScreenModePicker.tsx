/** Large buttons for the big screen's modes; the one chosen is pressed, and in `auto` the mode it follows is named. */
import { SCREEN_MODES } from '../../../shared/protocol';
import type { ScreenMode, ShownScreenMode } from '../../../shared/protocol';
import { useT } from '../../ui/language';

interface ScreenModePickerProps {
  mode: ScreenMode;
  shown: ShownScreenMode;
  canChoose: boolean;
  onChoose(mode: ScreenMode): void;
}

export function ScreenModePicker({ mode, shown, canChoose, onChoose }: ScreenModePickerProps) {
  const t = useT();
  return (
    <section className="screen-panel-section" aria-labelledby="screen-mode-title">
      <h3 id="screen-mode-title">{t('screen.modeTitle')}</h3>
      <div className="screen-mode-buttons" role="group" aria-labelledby="screen-mode-title">
        {SCREEN_MODES.map((candidate) => (
          <button
            key={candidate}
            type="button"
            className={candidate === mode ? 'button button-primary screen-mode-button' : 'button screen-mode-button'}
            aria-pressed={candidate === mode}
            disabled={!canChoose}
            data-testid={`screen-mode-${candidate}`}
            onClick={() => onChoose(candidate)}
          >
            {t(`screen.mode.${candidate}`)}
          </button>
        ))}
      </div>
      <p className="panel-hint" data-testid="screen-now-showing">
        {t('screen.nowShowing', { mode: t(`screen.mode.${shown}`) })}
      </p>
      {mode === 'auto' && <p className="panel-hint">{t('screen.autoHelp')}</p>}
    </section>
  );
}
