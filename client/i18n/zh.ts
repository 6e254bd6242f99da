import { raZh } from './ra.zh';
import { mergeCatalogues } from './merge';
import { commonZh } from './zh/common';
import { foundationZh } from './zh/foundation';
import { institutionsZh } from './zh/institutions';
import { unitsZh } from './zh/units';
import { appealsZh } from './zh/appeals';
import { titlesZh } from './zh/titles';
import { titleCataloguesZh } from './zh/titleCatalogues';
import { sealsZh } from './zh/seals';
import { regionsZh } from './zh/regions';
import { legacyAccountsZh } from './zh/legacyAccounts';
import { kpisZh } from './zh/kpis';
import { titleStatsZh } from './zh/titleStats';
import { shortcutsZh } from './zh/shortcuts';
import { titleWithdrawUrgeZh } from './zh/titleWithdrawUrge';
import { delegationsZh } from './zh/delegations';

/** The master catalogue: react-admin's own strings, then ours, one part per capability. */
export const zh = mergeCatalogues(
  raZh,
  commonZh,
  foundationZh,
  unitsZh,
  institutionsZh,
  appealsZh,
  titlesZh,
  titleCataloguesZh,
  sealsZh,
  regionsZh,
  legacyAccountsZh,
  kpisZh,
  titleStatsZh,
  shortcutsZh,
  titleWithdrawUrgeZh,
  delegationsZh,
);
export type Catalogue = typeof zh;
