import { useTranslation } from '../lib/translation-context';
import { Link } from '../lib/router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <p>{t('app.notFound')}</p>
      <Link to="/">{t('app.backHome')}</Link>
    </section>
  );
}
