import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHashLocation, locationPath, parseLocation } from './hash-location';

describe('parseLocation', () => {
  it('splits the path, the search and a second hash', () => {
    expect(parseLocation('/explore?indicator=hotline.resolution-rate&chart=bar')).toEqual({
      pathname: '/explore',
      search: '?indicator=hotline.resolution-rate&chart=bar',
      hash: '',
    });
    expect(parseLocation('/reader/001_a?start=1#top')).toEqual({ pathname: '/reader/001_a', search: '?start=1', hash: '#top' });
    expect(parseLocation('/briefings/x/print')).toEqual({ pathname: '/briefings/x/print', search: '', hash: '' });
  });

  it('starts every path with a slash, an empty one being the start page', () => {
    expect(parseLocation('')).toEqual({ pathname: '/', search: '', hash: '' });
    expect(parseLocation('?lang=en')).toEqual({ pathname: '/', search: '?lang=en', hash: '' });
    expect(parseLocation('explore')).toMatchObject({ pathname: '/explore' });
  });

  it('keeps percent-encoding as written', () => {
    expect(parseLocation('/reader/%E9%AB%98?q=%E5%B7%9E%2C')).toEqual({ pathname: '/reader/%E9%AB%98', search: '?q=%E5%B7%9E%2C', hash: '' });
  });

  it('round-trips through locationPath, leaving out an empty ? or #', () => {
    expect(locationPath(parseLocation('/explore?indicator=x#y'))).toBe('/explore?indicator=x#y');
    expect(locationPath(parseLocation('/explore?#'))).toBe('/explore');
  });
});

describe('createHashLocation', () => {
  beforeEach(() => {
    // The page's own search (?data=…) sits before the hash and must survive every navigation.
    window.history.replaceState(null, '', '/index.html?data=synthetic#/explore?indicator=a');
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('reads the path and search from the hash, not from the page address', () => {
    const store = createHashLocation();
    expect(store.current()).toEqual({ pathname: '/explore', search: '?indicator=a', hash: '' });
    window.history.replaceState(null, '', '/index.html?data=synthetic');
    expect(store.current()).toEqual({ pathname: '/', search: '', hash: '' });
  });

  it('returns the same object until the hash changes', () => {
    const store = createHashLocation();
    const first = store.current();
    expect(store.current()).toBe(first);
    store.navigate('/compare?j=1');
    expect(store.current()).not.toBe(first);
  });

  it('pushes an entry, keeps the page search, and tells its subscribers', () => {
    const store = createHashLocation();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = window.history.length;
    store.navigate('/reader/001_a?start=1&end=5');
    expect(window.location.pathname).toBe('/index.html');
    expect(window.location.search).toBe('?data=synthetic');
    expect(window.location.hash).toBe('#/reader/001_a?start=1&end=5');
    expect(window.history.length).toBe(before + 1);
    expect(store.current()).toEqual({ pathname: '/reader/001_a', search: '?start=1&end=5', hash: '' });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.navigate('/');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('replaces the entry with { replace: true }', () => {
    const store = createHashLocation();
    const before = window.history.length;
    store.navigate('/explore?indicator=b', { replace: true });
    expect(window.history.length).toBe(before);
    expect(window.location.hash).toBe('#/explore?indicator=b');
  });

  it('hears Back, Forward and a typed hash (popstate, hashchange)', () => {
    const store = createHashLocation();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('renders hrefs inside the hash', () => {
    expect(createHashLocation().href('/explore?indicator=a')).toBe('#/explore?indicator=a');
  });
});
