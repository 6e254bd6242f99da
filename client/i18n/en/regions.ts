import type { regionsZh } from '../zh/regions';
import type { CatalogueOf } from '../merge';

export const regionsEn = {
  regions: {
    province: 'Province',
    city: 'City',
    county: 'County / district',
    whole: '(whole)',
    unknown_chip: 'Region code not in current list',
    unknown_hint:
      'The county code in the ID number or USCC is not in the current GB/T 2260 list (it may have been merged); please check',
  },
} satisfies CatalogueOf<typeof regionsZh>;
