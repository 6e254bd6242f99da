import englishMessages from 'ra-language-english';
import { mergeCatalogues, type CatalogueOf } from './merge';
import type { Catalogue } from './zh';
import { commonEn } from './en/common';
import { foundationEn } from './en/foundation';
import { institutionsEn } from './en/institutions';
import { unitsEn } from './en/units';
import { appealsEn } from './en/appeals';
import { titlesEn } from './en/titles';
import { titleCataloguesEn } from './en/titleCatalogues';
import { sealsEn } from './en/seals';
import { regionsEn } from './en/regions';
import { legacyAccountsEn } from './en/legacyAccounts';
import { kpisEn } from './en/kpis';
import { titleStatsEn } from './en/titleStats';
import { shortcutsEn } from './en/shortcuts';
import { titleWithdrawUrgeEn } from './en/titleWithdrawUrge';
import { delegationsEn } from './en/delegations';

/** English, switchable from the app bar; TypeScript and a test keep it complete against zh. */
export const en = mergeCatalogues(
  englishMessages,
  commonEn,
  foundationEn,
  unitsEn,
  institutionsEn,
  appealsEn,
  titlesEn,
  titleCataloguesEn,
  sealsEn,
  regionsEn,
  legacyAccountsEn,
  kpisEn,
  titleStatsEn,
  shortcutsEn,
  titleWithdrawUrgeEn,
  delegationsEn,
) satisfies CatalogueOf<Catalogue>;
