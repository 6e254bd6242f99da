import { useQuery } from '@tanstack/react-query';
import { FormControl, FormHelperText, FormLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  required as requiredValidator,
  useDataProvider,
  useInput,
  useResourceContext,
  useTranslate,
  useTranslateLabel,
} from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';

export type Region = { code: string; name: string };
type Level = 'province' | 'city' | 'county';

function useRegions(parent: string | undefined, enabled: boolean) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['regions', parent ?? ''],
    queryFn: () => dataProvider.getRegions(parent),
    enabled,
    staleTime: Infinity,
  });
}

/** The province / city a 6-digit code sits under, for a form that opens on a stored code. */
function levelsOf(code: string | undefined): Record<Level, string> {
  if (!code || !/^\d{6}$/.test(code)) return { province: '', city: '', county: '' };
  return {
    province: `${code.slice(0, 2)}0000`,
    city: code.endsWith('0000') ? '' : `${code.slice(0, 4)}00`,
    county: code.endsWith('00') ? '' : code,
  };
}

/** 吉林省长春市南关区 — the 市辖区 / 县 placeholders of the municipalities left out. */
const fullName = (parts: (Region | undefined)[]) =>
  parts
    .filter((r): r is Region => !!r && r.name !== '市辖区' && r.name !== '县')
    .map((r) => r.name)
    .join('');

/**
 * 所在地区 as a cascading 省 / 市 / 县 choice from the server's GB/T 2260 list (GET /api/regions). Writes the
 * deepest chosen code to `codeSource` (when the record keeps one) and the full name to `nameSource`. A form that
 * opens on a name without a code (older units) shows it until the clerk picks anew.
 */
export function RegionPicker({
  nameSource,
  codeSource,
  required = false,
}: {
  nameSource: string;
  codeSource?: string;
  required?: boolean;
}) {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();
  const { setValue, getValues } = useFormContext();
  const main = useInput({ source: codeSource ?? nameSource, validate: required ? requiredValidator() : undefined });
  const [picked, setPicked] = useState<Record<Level, string>>(() =>
    levelsOf(codeSource ? (getValues(codeSource) as string | undefined) : undefined),
  );
  const provinces = useRegions(undefined, true);
  const cities = useRegions(picked.province, !!picked.province);
  const counties = useRegions(picked.city, !!picked.city);
  const options: Record<Level, Region[]> = {
    province: provinces.data ?? [],
    city: cities.data ?? [],
    county: counties.data ?? [],
  };

  const choose = (level: Level, code: string) => {
    const next = { ...picked, [level]: code };
    if (level === 'province') Object.assign(next, { city: '', county: '' });
    if (level === 'city') next.county = '';
    setPicked(next);
    const find = (l: Level) => options[l].find((r) => r.code === next[l]);
    const name = fullName([find('province'), find('city'), find('county')]);
    const code_ = next.county || next.city || next.province;
    if (codeSource) {
      main.field.onChange(code_);
      setValue(nameSource, name, { shouldDirty: true });
    } else main.field.onChange(name || null);
  };

  const label = translateLabel({ source: nameSource, resource });
  const current = getValues(nameSource) as string | undefined;
  const error =
    main.fieldState.invalid && (main.fieldState.isTouched || main.formState.isSubmitted)
      ? main.fieldState.error?.message
      : undefined;
  return (
    <FormControl component="fieldset" error={!!error} sx={{ mb: 2 }}>
      <FormLabel component="legend">
        {label}
        {required ? ' *' : ''}
      </FormLabel>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1 }}>
        {(['province', 'city', 'county'] as const).map((level) => {
          const disabled =
            level !== 'province' && (!picked[level === 'city' ? 'province' : 'city'] || options[level].length === 0);
          return (
            <TextField
              key={level}
              select
              size="small"
              sx={{ minWidth: 180 }}
              id={`${nameSource}-${level}`}
              label={translate(`regions.${level}`)}
              value={options[level].some((r) => r.code === picked[level]) ? picked[level] : ''}
              onChange={(e) => choose(level, e.target.value)}
              onBlur={main.field.onBlur}
              disabled={disabled}
            >
              {level !== 'province' && <MenuItem value="">{translate('regions.whole')}</MenuItem>}
              {options[level].map((r) => (
                <MenuItem key={r.code} value={r.code}>
                  {r.name}
                </MenuItem>
              ))}
            </TextField>
          );
        })}
      </Stack>
      <FormHelperText>
        {error ? translate(error, { _: error }) : !picked.province && current ? current : ' '}
      </FormHelperText>
    </FormControl>
  );
}
