/** A reader tool that opens (or closes) one of the navigation side panels: a compact icon and short word, pressed while its panel is open. */
import { useReaderNav } from './readerNavStore';
import type { NavPanel } from './readerNavStore';
import './nav.css';

export function NavPanelButton({ panel, icon, label }: { panel: NavPanel; icon: string; label: string }) {
  const pressed = useReaderNav((state) => state.panel === panel);
  const open = useReaderNav((state) => state.open);
  return (
    <button type="button" className="button nav-tool" aria-pressed={pressed} data-testid={`nav-${panel}`} onClick={() => open(panel)}>
      <span aria-hidden="true">{icon}</span> {label}
    </button>
  );
}
