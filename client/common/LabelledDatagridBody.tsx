import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { DatagridBody, type DatagridBodyProps } from 'react-admin';

/**
 * react-admin's row checkbox puts its name (选择此行) on MUI's role-less wrapper span, leaving the
 * checkbox itself unnamed. After each render of the body, the name moves onto the input and says
 * which row it selects (the row's first column). React sets an unchanged prop only once, so the
 * name stays where it was moved.
 */
export function labelRowCheckboxes(body: HTMLElement | null) {
  for (const span of body?.querySelectorAll<HTMLElement>('.select-item[aria-label]') ?? []) {
    const input = span.querySelector('input');
    if (!input) continue;
    span.dataset.selectLabel = span.getAttribute('aria-label') ?? '';
    span.removeAttribute('aria-label');
  }
  for (const span of body?.querySelectorAll<HTMLElement>('.select-item[data-select-label]') ?? []) {
    const cell = span.closest('td')?.nextElementSibling;
    const what = cell?.textContent?.trim();
    span
      .querySelector('input')
      ?.setAttribute('aria-label', what ? `${span.dataset.selectLabel}：${what}` : (span.dataset.selectLabel ?? ''));
  }
}

/**
 * A row that opens on click (react-admin marks it clickableRow) is reachable by Tab and opens on Enter, as a
 * keyboard user expects of a list row (WCAG 2.1.1). Enter on a control inside the row stays that control's.
 */
export function makeRowsFocusable(body: HTMLElement | null) {
  for (const row of body?.querySelectorAll<HTMLElement>('tr.RaDatagrid-clickableRow:not([tabindex])') ?? [])
    row.setAttribute('tabindex', '0');
}

function openFocusedRow(event: KeyboardEvent<HTMLTableSectionElement>) {
  const row = event.target as HTMLElement;
  if (event.key !== 'Enter' || row.tagName !== 'TR' || !row.classList.contains('RaDatagrid-clickableRow')) return;
  event.preventDefault();
  row.click();
}

/** The body every Datagrid uses (set in the theme), with named row checkboxes and rows that open by keyboard. */
export function LabelledDatagridBody(props: DatagridBodyProps) {
  const ref = useRef<HTMLTableSectionElement>(null);
  useLayoutEffect(() => {
    labelRowCheckboxes(ref.current);
    makeRowsFocusable(ref.current);
  });
  return <DatagridBody {...props} ref={ref} onKeyDown={openFocusedRow} />;
}
