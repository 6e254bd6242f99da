import { useQuery } from '@tanstack/react-query';
import { SelectInput, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';

export interface Agent {
  id: number;
  username: string;
  name: string;
}

/** The appeal agents an appeal can go to (GET /api/appeals/agents). */
export function useAgents() {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['appeals', 'agents'],
    queryFn: () => dataProvider.getAppealAgents(),
    staleTime: 60_000,
  });
}

/** 办理人: mine, not yet claimed, or one named agent. */
export function AssigneeFilter(props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const { data = [] } = useAgents();
  const options = [
    { id: 'mine', name: translate('appeals.assignee.mine') },
    { id: 'unassigned', name: translate('appeals.assignee.unassigned') },
    ...data.map((a) => ({ id: a.id, name: a.name })),
  ];
  return <SelectInput {...props} choices={options} translateChoice={false} />;
}
