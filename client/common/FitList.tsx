import type { ReactNode } from 'react';
import type { SxProps, Theme } from '@mui/material';
import {
  CreateButton,
  DatagridConfigurable,
  EditButton,
  ExportButton,
  FilterButton,
  SelectColumnsButton,
  ShowButton,
  TopToolbar,
  useFilterContext,
  useListContext,
  useResourceDefinition,
  type DatagridConfigurableProps,
} from 'react-admin';

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
/** Array.isArray narrows to any[]; this keeps the sx list's element type. */
const isSxList = (s: SxProps<Theme> | undefined): s is Extract<SxProps<Theme>, ReadonlyArray<unknown>> =>
  Array.isArray(s);

export function FitDatagrid({ wrap = [], wrapMin = 140, sx, ...props }: FitProps) {
  const wrapping = Object.fromEntries(
    wrap.map((c) => [`& td.column-${c}`, { whiteSpace: 'normal', minWidth: wrapMin, '& > *': twoLines }]),
  );
  const base: SxProps<Theme> = {
    '& .MuiTableCell-root': { whiteSpace: 'nowrap', px: 1 },
    '& .MuiTableCell-paddingCheckbox': { px: 0 },
    ...wrapping,
  };
  return (
    <DatagridConfigurable size="small" sx={[base, ...(sx === undefined ? [] : isSxList(sx) ? sx : [sx])]} {...props} />
  );
}

/**
 * The list's top bar: 显示列 beside what react-admin's default bar has (filters, 新建 where the resource
 * can be created, 导出 where the list exports), or beside the list's own buttons when it brings them.
 */
export function FitListActions({ children }: { children?: ReactNode }) {
  const { exporter, total } = useListContext();
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  return (
    <TopToolbar>
      <SelectColumnsButton />
      {filters && filters.length > 0 && <FilterButton />}
      {children ?? (
        <>
          {hasCreate && <CreateButton />}
          {exporter !== false && <ExportButton disabled={total === 0} />}
        </>
      )}
    </TopToolbar>
  );
}

/** The row's own action, for lists that otherwise open a row by clicking it (react-admin keeps the click to the button). */
export const RowShowButton = () => <ShowButton />;
export const RowEditButton = () => <EditButton />;
