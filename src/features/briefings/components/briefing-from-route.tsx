import { Fragment, type ReactNode } from 'react';
import type { Briefing } from '../../../domain/briefing';
import { useBriefing } from '../../../lib/briefings/briefing-queries';
import { Link, useParams, useSearchParams } from '../../../lib/router';
import { useTranslation } from '../../../lib/translation-context';
import { StoreErrorMessage } from './briefing-store-error';

function BriefingNotFound() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const lang = params.get('lang');
  return (
    <section className="panel">
      <p role="status">{t('briefings.editor.notFound')}</p>
      <Link to={{ pathname: '/briefings', search: lang ? `?lang=${lang}` : '' }}>{t('briefings.editor.back')}</Link>
    </section>
  );
}

/**
 * The briefing the route names (`/briefings/:id`, its print page): a store error, "loading" or "not
 * found" in its place, else `children` with the briefing, keyed on its id so a new one starts fresh.
 */
export function BriefingFromRoute({ children }: { children: (briefing: Briefing) => ReactNode }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useBriefing(id);
  if (query.isError) return <section className="panel"><StoreErrorMessage error={query.error} /></section>;
  if (query.isPending) return <p role="status" className="panel">{t('briefings.list.loading')}</p>;
  if (!query.data) return <BriefingNotFound />;
  return <Fragment key={query.data.id}>{children(query.data)}</Fragment>;
}
