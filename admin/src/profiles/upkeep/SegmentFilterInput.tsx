import { SelectInput, useGetList, useTranslate, type SelectInputProps } from 'react-admin';
import { segmentLabel } from './segmentLabel';

/** The segments that have travellers, with their counts, as the travellers list's filter. */
export const SegmentFilterInput = (props: Omit<SelectInputProps, 'choices'>) => {
  const translate = useTranslate();
  const { data = [] } = useGetList<{ id: string; segment: string; count: number }>('segmentCounts');
  const choices = data.map((row) => ({ id: row.segment, name: `${segmentLabel(translate, row.segment)} (${row.count})` }));
  return <SelectInput {...props} choices={choices} />;
};
