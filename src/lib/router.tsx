import { createContext, startTransition, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { Link as WouterLink, matchRoute, Route, Router, useLocation as useRoutePath, useParams as useRouteParams, useRouter } from 'wouter';
import { locationPath, parseLocation, type AppLocation, type LocationStore, type NavigateOptions } from './hash-location';

/**
 * The app's router: wouter's route matching and links over our own location
 * (src/lib/hash-location.ts: path and search inside the hash), with the API
 * the pages used with React Router. React Router cost ~13 KB gzip of the
 * 400 KB budget; wouter with our hash+search location is ~3 KB.
 *
 * Import routing from here, never from 'wouter' (eslint.config.js): wouter's
 * own hooks of the same names decode the path and search, which the pages
 * read as the URL writes them, and its Link takes no { pathname, search }.
 */

interface LocationState {
  location: AppLocation;
  store: LocationStore;
}

const LocationContext = createContext<LocationState | null>(null);

function useLocationState(): LocationState {
  const state = useContext(LocationContext);
  if (!state) throw new Error('router: render the app inside <AppRouter>');
  return state;
}

// wouter's location hooks (Router `hook` and `searchHook`): the one location AppRouter holds.
function usePathForWouter(): [string, (to: string, options?: NavigateOptions) => void] {
  const { location, store } = useLocationState();
  return [location.pathname, store.navigate];
}

function useSearchForWouter(): string {
  return useLocationState().location.search;
}

/**
 * Holds the location for the whole tree, one state at the top. A change of
 * page is a transition, as React Router's HashRouter did: a lazy page keeps
 * the page being left on screen until it has loaded, instead of the loading
 * line. A change of the search alone (every control of a page: an indicator,
 * a year, a sort) stays on its page, which has nothing to load first: it is
 * an ordinary update, rendered with the click or keypress that made it.
 * Why: as a transition it waited for a task of its own, after the browser
 * had drawn a frame, and an indicator's file that had arrived meanwhile
 * waited behind it (docs/scale.md, "Cold switch").
 */
export function AppRouter({ store, children }: { store: LocationStore; children: ReactNode }) {
  const [location, setLocation] = useState(store.current);
  const shown = useRef(location);
  useLayoutEffect(() => {
    const update = () => {
      const next = store.current();
      if (next === shown.current) return;
      const samePage = next.pathname === shown.current.pathname;
      shown.current = next;
      if (samePage) setLocation(next);
      else startTransition(() => setLocation(next));
    };
    const unsubscribe = store.subscribe(update);
    update(); // in case it changed between the first render and now
    return unsubscribe;
  }, [store]);
  const value = useMemo(() => ({ location, store }), [location, store]);
  return (
    <LocationContext.Provider value={value}>
      <Router hook={usePathForWouter} searchHook={useSearchForWouter} hrefs={store.href}>
        {children}
      </Router>
    </LocationContext.Provider>
  );
}

export interface RouteEntry {
  /** A wouter pattern: `/reader/:sourceId`, `*` for any path. Matching ignores case and a trailing slash. */
  path: string;
  element: ReactNode;
}

/**
 * Renders the first route that matches, always in the same place: going from
 * one lazy page to another keeps their <Suspense> boundary mounted, so (the
 * change being a transition) the page being left stays until the next has
 * loaded, as with React Router's <Routes>. Nothing when no route matches.
 */
export function Routes({ routes }: { routes: RouteEntry[] }) {
  const { parser } = useRouter();
  // The path as wouter matches it (decoded), so the <Route> below matches too and provides the params.
  const [path] = useRoutePath();
  // Matched again only when the path changes: a new search (every explorer control) keeps the page.
  const route = useMemo(() => routes.find((entry) => matchRoute(parser, entry.path, path)[0]), [routes, parser, path]);
  return route ? <Route path={route.path}>{route.element}</Route> : null;
}

/** A link target: a path with its search, or its parts (AppLink, src/domain/app-links.ts). */
export type To = string | { pathname: string; search?: string };

export function toPath(to: To): string {
  if (typeof to === 'string') return to;
  const search = to.search && to.search !== '?' ? (to.search.startsWith('?') ? to.search : `?${to.search}`) : '';
  return to.pathname + search;
}

/** The current location: pathname and search as the URL writes them (not decoded). */
export function useLocation(): AppLocation {
  return useLocationState().location;
}

export type NavigateFunction = (to: To, options?: NavigateOptions) => void;

export function useNavigate(): NavigateFunction {
  const { store } = useLocationState();
  return useCallback((to, options) => store.navigate(toPath(to), options), [store]);
}

export type SetSearchParams = (
  next: URLSearchParams | string | Record<string, string> | ((current: URLSearchParams) => URLSearchParams),
  options?: NavigateOptions,
) => void;

/**
 * The search params of the current location, and a setter that goes to the
 * same path with new ones (a new history entry unless `{ replace: true }`).
 * As with React Router, a function gets a copy of the params this render saw.
 */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const { location, store } = useLocationState();
  const { pathname, search } = location;
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback<SetSearchParams>(
    (next, options) => {
      const text = new URLSearchParams(typeof next === 'function' ? next(new URLSearchParams(params)) : next).toString();
      store.navigate(text ? `${pathname}?${text}` : pathname, options);
    },
    [store, pathname, params],
  );
  return [params, setParams];
}

/** The current route's params, decoded (`/reader/:sourceId` → `{ sourceId }`). */
export function useParams(): Readonly<Record<string, string | undefined>> {
  const params = useRouteParams();
  return useMemo(() => {
    const decoded: Record<string, string | undefined> = {};
    // wouter matched the path after decodeURI, which leaves ,/?:@&=+$# encoded: finish as React Router did.
    for (const [key, value] of Object.entries(params)) decoded[key] = value === undefined ? value : safeDecodeComponent(value);
    return decoded;
  }, [params]);
}

function safeDecodeComponent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: To; replace?: boolean };

/** An `<a>` to a route (`#/…` in the app). A link to where the reader already is replaces the entry, as with React Router. */
export function Link({ to, replace, ...props }: LinkProps) {
  const { location } = useLocationState();
  const path = toPath(to);
  return <WouterLink {...props} href={path} replace={replace ?? path === locationPath(location)} />;
}

/**
 * React Router's NavLink rule, case-insensitive: the link's path is the
 * current one or, without `end`, one of its parents (`/reader` for `/reader/x`).
 */
export function isActivePath(current: string, target: string, end: boolean): boolean {
  const here = current.toLowerCase();
  const to = target.toLowerCase();
  const slashAt = to !== '/' && to.endsWith('/') ? to.length - 1 : to.length;
  return here === to || (!end && here.startsWith(to) && here.charAt(slashAt) === '/');
}

/** A Link that, on the current page, gets class "active" and aria-current="page". */
export function NavLink({ to, end = false, className, ...props }: LinkProps & { end?: boolean }) {
  const { location } = useLocationState();
  const active = isActivePath(location.pathname, typeof to === 'string' ? parseLocation(to).pathname : to.pathname, end);
  return (
    <Link
      {...props}
      to={to}
      className={[className, active ? 'active' : null].filter(Boolean).join(' ') || undefined}
      aria-current={active ? 'page' : undefined}
    />
  );
}
