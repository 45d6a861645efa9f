import { Component, type ReactNode } from 'react';
import { useLocation } from '../lib/router';
import { useTranslation } from '../lib/translation-context';

interface BoundaryProps {
  /** The location the page was rendered for: a new one clears the failure, so the reader can go elsewhere. */
  resetKey: string;
  children: ReactNode;
}

type BoundaryState = { failed: false } | { failed: true; error: unknown; resetKey?: string };

/**
 * Catches a page that cannot render: above all a lazy page whose chunk did not load (a dropped
 * connection, or a deploy that replaced the chunks of the version in this tab), which React.lazy throws
 * and which, uncaught, unmounted the whole app and left a blank window. The shell and its navigation stay;
 * the page's place says what happened.
 */
class PageErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): BoundaryState | null {
    if (!state.failed) return null;
    // The failure belongs to the location it happened at (recorded on the first render after it).
    if (state.resetKey === undefined) return { ...state, resetKey: props.resetKey };
    return state.resetKey === props.resetKey ? null : { failed: false };
  }

  override render() {
    return this.state.failed ? <PageFailed error={this.state.error} /> : this.props.children;
  }
}

function PageFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="panel data-error" role="alert">
      <h2 className="data-error__heading">{t('app.pageFailed.heading')}</h2>
      <p>{t('app.pageFailed.message', { message })}</p>
      <p className="data-error__hint">{t('app.pageFailed.hint')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.pageFailed.reload')}
      </button>
    </div>
  );
}

/** The page's error boundary, cleared when the reader goes to another location. */
export function PageBoundary({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return <PageErrorBoundary resetKey={pathname + search}>{children}</PageErrorBoundary>;
}
