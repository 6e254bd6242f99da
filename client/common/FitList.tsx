import type { ReactNode } from 'react';
import type { SxProps, Theme } from '@mui/material';
import { DatagridConfigurable, FilterButton, SelectColumnsButton, ShowButton, EditButton, TopToolbar, type DatagridConfigurableProps } from 'react-admin';

/** Two lines at most, then an ellipsis: long unit and org names wrap instead of widening the page. */
export const twoLines = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  whiteSpace: 'normal',
  wordBreak: 'break-all',
} as const;

type FitProps = DatagridConfigurableProps & {
  /** Columns whose text may wrap (two lines at most); every other cell stays on one line. */
  wrap?: string[];
  /** Minimum width of a wrapping column (px). */
  wrapMin?: number;
};

/**
 * A main list that fits 1024 and 1440 px screens: dense rows, cells on one line but the named long
 * ones (clamped to two), and the clerk's own choice of columns through 显示列 (`omit` = hidden at first).
 */
export function FitDatagrid({ wrap = [], wrapMin = 140, sx, ...props }: FitProps) {
  const wrapping = Object.fromEntries(
    wrap.map((c) => [`& td.column-${c}`, { whiteSpace: 'normal', minWidth: wrapMin, '& > *': twoLines }]),
  );
  const base: SxProps<Theme> = {
    '& .MuiTableCell-root': { whiteSpace: 'nowrap', px: 1 },
    '& .MuiTableCell-paddingCheckbox': { px: 0 },
    ...wrapping,
  };
  return <DatagridConfigurable size="small" sx={[base, ...(Array.isArray(sx) ? sx : [sx])]} {...props} />;
}

/** The list's top bar: 显示列 beside the filter button and whatever the list adds. */
export function FitListActions({ filters = true, children }: { filters?: boolean; children?: ReactNode }) {
  return (
    <TopToolbar>
      <SelectColumnsButton />
      {filters && <FilterButton />}
      {children}
    </TopToolbar>
  );
}

/** The row's own action, for lists that otherwise open a row by clicking it (react-admin keeps the click to the button). */
export const RowShowButton = () => <ShowButton />;
export const RowEditButton = () => <EditButton />;
