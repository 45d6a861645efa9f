import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense, use, type ComponentType, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLocation } from '../../test/memory-location';
import { createHashLocation, type LocationStore } from './hash-location';
import { AppRouter, isActivePath, Link, NavLink, Routes, toPath, useLocation, useNavigate, useParams, useSearchParams, type RouteEntry } from './router';

function Where() {
  const { pathname, search } = useLocation();
  return <output aria-label="where">{pathname + search}</output>;
}

function mount(store: LocationStore, children: ReactNode) {
  return render(
    <AppRouter store={store}>
      {children}
      <Where />
    </AppRouter>,
  );
}

const where = () => screen.getByRole('status', { name: 'where' }).textContent;

describe('toPath', () => {
  it('joins a pathname and a search, adding a missing ?', () => {
    expect(toPath('/explore?indicator=a')).toBe('/explore?indicator=a');
    expect(toPath({ pathname: '/explore', search: '?indicator=a' })).toBe('/explore?indicator=a');
    expect(toPath({ pathname: '/explore', search: 'indicator=a' })).toBe('/explore?indicator=a');
    expect(toPath({ pathname: '/reader', search: '' })).toBe('/reader');
    expect(toPath({ pathname: '/reader', search: '?' })).toBe('/reader');
  });
});

describe('isActivePath', () => {
  it('matches the page and, without end, its sub-pages, ignoring case', () => {
    expect(isActivePath('/reader', '/reader', false)).toBe(true);
    expect(isActivePath('/reader/001_a', '/reader', false)).toBe(true);
    expect(isActivePath('/Reader/', '/reader', false)).toBe(true);
    expect(isActivePath('/readers', '/reader', false)).toBe(false);
    expect(isActivePath('/reader/001_a', '/reader', true)).toBe(false);
    expect(isActivePath('/', '/', true)).toBe(true);
    expect(isActivePath('/explore', '/', true)).toBe(false);
    expect(isActivePath('/explore', '/', false)).toBe(false);
  });
});

describe('Link and NavLink', () => {
  it('render the path as the href: bare in memory, inside the hash in the browser', () => {
    const { unmount } = mount(createMemoryLocation('/'), <Link to={{ pathname: '/reader/001_a', search: '?start=1' }}>read</Link>);
    expect(screen.getByRole('link', { name: 'read' })).toHaveAttribute('href', '/reader/001_a?start=1');
    unmount();
    mount(createHashLocation(), <Link to="/explore?indicator=a">explore</Link>);
    expect(screen.getByRole('link', { name: 'explore' })).toHaveAttribute('href', '#/explore?indicator=a');
  });

  it('navigate on click, adding an entry, and replace it when the link is to where the reader is', async () => {
    const store = createMemoryLocation('/');
    mount(
      store,
      <>
        <Link to={{ pathname: '/explore', search: '?indicator=a' }}>explore</Link>
        <Link to="/explore?indicator=a" className="x" lang="zh-CN">again</Link>
      </>,
    );
    expect(screen.getByRole('link', { name: 'again' })).toHaveAttribute('class', 'x');
    expect(screen.getByRole('link', { name: 'again' })).toHaveAttribute('lang', 'zh-CN');
    await userEvent.click(screen.getByRole('link', { name: 'explore' }));
    expect(where()).toBe('/explore?indicator=a');
    expect(store.entries).toEqual(['/', '/explore?indicator=a']);
    await userEvent.click(screen.getByRole('link', { name: 'again' }));
    expect(store.entries).toEqual(['/', '/explore?indicator=a']);
  });

  it('NavLink marks the current page with class "active" and aria-current, `end` only on its own path', async () => {
    mount(
      createMemoryLocation('/reader/001_a?lang=en'),
      <nav>
        <NavLink to={{ pathname: '/', search: '?lang=en' }} end>overview</NavLink>
        <NavLink to={{ pathname: '/reader', search: '?lang=en' }}>reader</NavLink>
        <NavLink to="/explore">explore</NavLink>
      </nav>,
    );
    const reader = screen.getByRole('link', { name: 'reader' });
    expect(reader).toHaveClass('active');
    expect(reader).toHaveAttribute('aria-current', 'page');
    for (const name of ['overview', 'explore']) {
      expect(screen.getByRole('link', { name })).not.toHaveClass('active');
      expect(screen.getByRole('link', { name })).not.toHaveAttribute('aria-current');
    }
    await userEvent.click(screen.getByRole('link', { name: 'overview' }));
    expect(screen.getByRole('link', { name: 'overview' })).toHaveAttribute('aria-current', 'page');
    expect(reader).not.toHaveAttribute('aria-current');
  });
});

describe('useSearchParams', () => {
  function Params() {
    const [params, setParams] = useSearchParams();
    return (
      <>
        <p>{params.get('lang') ?? 'none'}</p>
        <button type="button" onClick={() => setParams((current) => {
          current.set('unit', '市政府办公室');
          return current;
        })}>add</button>
        <button type="button" onClick={() => setParams(new URLSearchParams(), { replace: true })}>clear</button>
        <button type="button" onClick={() => setParams({ j: '440981,440300' })}>list</button>
      </>
    );
  }

  it('reads the search and sets it on the same path, pushing unless told to replace', async () => {
    const store = createMemoryLocation('/work-plan?lang=en');
    mount(store, <Params />);
    expect(screen.getByText('en')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'add' }));
    expect(where()).toBe('/work-plan?lang=en&unit=%E5%B8%82%E6%94%BF%E5%BA%9C%E5%8A%9E%E5%85%AC%E5%AE%A4');
    await userEvent.click(screen.getByRole('button', { name: 'clear' }));
    expect(where()).toBe('/work-plan');
    expect(screen.getByText('none')).toBeInTheDocument();
    expect(store.entries).toEqual(['/work-plan?lang=en', '/work-plan']);
    await userEvent.click(screen.getByRole('button', { name: 'list' }));
    expect(where()).toBe('/work-plan?j=440981%2C440300');
  });
});

describe('Routes and useParams', () => {
  function Reader() {
    const { sourceId } = useParams();
    return <p>reader {sourceId}</p>;
  }
  const routes: RouteEntry[] = [
    { path: '/', element: <p>overview</p> },
    { path: '/reader', element: <p>reader list</p> },
    { path: '/reader/:sourceId', element: <Reader /> },
    { path: '*', element: <p>not found</p> },
  ];

  it.each([
    ['/', 'overview'],
    ['/reader?lang=en', 'reader list'],
    ['/READER/', 'reader list'],
    ['/reader/001_a?start=1', 'reader 001_a'],
    ['/reader/%E9%AB%98%E5%B7%9E%2C%3Fx%2Fy', 'reader 高州,?x/y'],
    ['/reader/001_a/more', 'not found'],
    ['/nothing-here', 'not found'],
  ])('%s shows %s', (url, text) => {
    mount(createMemoryLocation(url), <Routes routes={routes} />);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('follows navigation', () => {
    const store = createMemoryLocation('/reader/001_a');
    mount(store, <Routes routes={routes} />);
    act(() => store.navigate('/reader/002_b'));
    expect(screen.getByText('reader 002_b')).toBeInTheDocument();
  });
});

describe('navigation between lazy pages', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('keeps the page being left on screen until the next one has loaded', async () => {
    let load: (page: { default: () => ReactNode }) => void = () => {};
    const Later = lazy(() => new Promise<{ default: () => ReactNode }>((resolve) => (load = resolve)));
    const First = () => <p>first page</p>;
    // As feature-routes.tsx builds them: each page in its own <Suspense>, created once.
    const page = (Page: ComponentType) => (
      <Suspense fallback={<p>loading</p>}>
        <Page />
      </Suspense>
    );
    function Go() {
      const navigate = useNavigate();
      return <button type="button" onClick={() => navigate({ pathname: '/later', search: '' })}>go</button>;
    }
    mount(createHashLocation(), <><Go /><Routes routes={[{ path: '/', element: page(First) }, { path: '/later', element: page(Later) }]} /></>);
    await userEvent.click(screen.getByRole('button', { name: 'go' }));
    expect(window.location.hash).toBe('#/later');
    expect(screen.getByText('first page')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
    await act(async () => load({ default: () => <p>later page</p> }));
    expect(await screen.findByText('later page')).toBeInTheDocument();
    expect(screen.queryByText('first page')).not.toBeInTheDocument();
    expect(where()).toBe('/later');
  });
});

describe('a change of the search alone', () => {
  it('is rendered at once, not held back as a transition: a part that suspends on it shows its fallback', async () => {
    let arrive: () => void = () => {};
    const data = new Promise<void>((resolve) => (arrive = resolve));
    function Part() {
      const [params] = useSearchParams();
      if (params.get('x') === '2') use(data);
      return <p>x={params.get('x')}</p>;
    }
    function Set2() {
      const [, setParams] = useSearchParams();
      return <button type="button" onClick={() => setParams({ x: '2' })}>set</button>;
    }
    mount(createMemoryLocation('/page?x=1'), <><Set2 /><Suspense fallback={<p>part loading</p>}><Part /></Suspense></>);
    expect(screen.getByText('x=1')).toBeInTheDocument();
    // act() renders the click's update before it returns. A component suspended in it, so React asks for
    // the act to be awaited (userEvent's own act is not), and it then waits inside it for the part's data,
    // which arrives in a task of its own as from the network.
    const clicked = act(() => screen.getByRole('button', { name: 'set' }).click());
    // As a transition, React would have kept "x=1" on screen until the part was ready.
    expect(screen.getByText('part loading')).toBeInTheDocument();
    expect(where()).toBe('/page?x=2');
    setTimeout(arrive, 0);
    await clicked;
    // React may hold the revealed content back for a moment after a fallback (its throttle), so wait for it.
    expect(await screen.findByText('x=2')).toBeInTheDocument();
  });
});
