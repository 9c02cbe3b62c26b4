import { useT } from '../ui/language';
import { useFeedback } from './feedback';
import { UploadList } from './UploadList';

export function FeedbackArea() {
  const t = useT();
  const { items, dismiss } = useFeedback();
  return (
    <div className="feedback-area">
      <UploadList />
      <div className="feedback-messages" aria-live="assertive">
        {items.map((item) => (
          <div key={item.id} className={`feedback feedback-${item.tone}`} role={item.tone === 'ok' ? 'status' : 'alert'}>
            <span>{item.text}</span>
            <button type="button" className="button button-small button-quiet" onClick={() => dismiss(item.id)}>
              {t('console.close')}
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
