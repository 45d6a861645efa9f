import { describe, expect, it } from 'vitest';
import { briefingsLink, compareLink, explorerLink, overviewLink, profileLink, readerLink } from './app-links';

describe('app links', () => {
  it('builds the agreed explorer, reader, profile and compare URLs', () => {
    expect(explorerLink({ indicatorId: 'hotline.resolution-rate', jurisdictionCodes: ['440981', '440300'], observationId: 'x:1' }, null)).toEqual({
      pathname: '/explore',
      search: '?indicator=hotline.resolution-rate&j=440981,440300&obs=x%3A1',
    });
    expect(readerLink('001_3f0a', { start: 3094, end: 3107 }, null)).toEqual({ pathname: '/reader/001_3f0a', search: '?start=3094&end=3107' });
    expect(readerLink('001_3f0a', null, null)).toEqual({ pathname: '/reader/001_3f0a', search: '' });
    expect(profileLink('440981', null)).toEqual({ pathname: '/jurisdiction/440981', search: '' });
    expect(profileLink(null, null).pathname).toBe('/jurisdiction');
    expect(compareLink(['440981', '440300'], ['a.b', 'c.d'], null).search).toBe('?j=440981,440300&i=a.b,c.d');
    expect(compareLink(['440981', '440300'], ['a.b'], 'en', 2021).search).toBe('?j=440981,440300&i=a.b&y=2021&lang=en');
  });

  it('keeps the language in every link', () => {
    expect(overviewLink('en')).toEqual({ pathname: '/', search: '?lang=en' });
    expect(profileLink('440981', 'en').search).toBe('?lang=en');
    expect(briefingsLink('en')).toEqual({ pathname: '/briefings', search: '?lang=en' });
    expect(readerLink('s', { start: 0, end: 1 }, 'en').search).toBe('?start=0&end=1&lang=en');
    expect(explorerLink({ indicatorId: 'a.b' }, 'zh').search).toBe('?indicator=a.b&lang=zh');
  });
});
