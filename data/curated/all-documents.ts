import type { CuratedDocumentFacts } from '../curated-fact';
import { zhongshanOffice2021 } from './000-zhongshan-office-2021';
import { gaozhou2021 } from './001-gaozhou-2021';
import { shenzhenOffice2018 } from './003-shenzhen-office-2018';
import { guangzhouOffice2022 } from './004-guangzhou-office-2022';

/** Bumped when the curated data changes; written into index.json so the build is reproducible. */
export const CURATED_DATASET_DATE = '2026-11-23';

// 002 (横栏镇 task plan) has no metrics and deliberately no entry here.
export const curatedDocuments: CuratedDocumentFacts[] = [
  zhongshanOffice2021,
  gaozhou2021,
  shenzhenOffice2018,
  guangzhouOffice2022,
];
