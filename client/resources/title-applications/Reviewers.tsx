import { useQuery } from '@tanstack/react-query';
import { MenuItem, TextField } from '@mui/material';
import { SelectInput, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';

/** The active title reviewers of the caller's org (GET /api/title-applications/reviewers). */
export function useReviewers() {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['title-applications', 'reviewers'],
    queryFn: () => dataProvider.getTitleReviewers(),
    staleTime: 60_000,
  });
}

/** 审核人 filter: mine, nobody yet, or one named colleague. */
export function ReviewerFilter(props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const { data = [] } = useReviewers();
  const options = [
    { id: 'mine', name: translate('titles.assignee.mine') },
    { id: 'unassigned', name: translate('titles.assignee.unassigned') },
    ...data.map((r) => ({ id: r.id, name: r.name })),
  ];
  return <SelectInput {...props} choices={options} translateChoice={false} />;
}

/** 转派给: a colleague of the caller's org (the server refuses anyone else), with the server's message under it. */
export function ReviewerSelect({
  value,
  onChange,
  error,
  exclude,
}: {
  value: number | '';
  onChange: (id: number) => void;
  error?: string | null;
  exclude?: number | null;
}) {
  const translate = useTranslate();
  const { data = [] } = useReviewers();
  return (
    <TextField
      select
      fullWidth
      name="assigneeId"
      label={translate('titles.list.reassign_to')}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
      error={!!error}
      helperText={error ?? ' '}
    >
      {data
        .filter((r) => r.id !== exclude)
        .map((r) => (
          <MenuItem key={r.id} value={r.id}>
            {r.name}（{r.username}）
          </MenuItem>
        ))}
    </TextField>
  );
}
