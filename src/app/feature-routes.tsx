import type { ReactNode } from 'react';

/**
 * Pages contributed by features. Each entry is one route; entries with a
 * navKey also appear in the main navigation (the key is an i18n message).
 * Keeping this list apart from router.tsx lets features be added in one line.
 */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
  navKey?: string;
}

export const featureRoutes: FeatureRoute[] = [];
