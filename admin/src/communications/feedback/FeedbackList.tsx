import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { DataTable, DateField, DateInput, List, Loading, SelectField, SelectInput, TextInput, useGetOne, useListContext, useTranslate } from 'react-admin';
import type { FeedbackListQuery, FeedbackSummaryQuery } from '../../graphql/generated';
import { feedbackChannelChoices, feedbackProductChoices, ratingChoices } from '../communicationsChoices';

type Feedback = FeedbackListQuery['feedbacks']['items'][number];
type Summary = FeedbackSummaryQuery['feedbackSummary'] & { id: string };

const filters = [
  <SelectInput key="productType" source="productType" choices={feedbackProductChoices} alwaysOn />,
  <TextInput key="supplierCode" source="supplierCode" alwaysOn />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

const average = (value: number | null | undefined) => (value == null ? '—' : value.toFixed(1));

/** Count and average rating overall, per product type and per supplier, for the list's filter. */
const FeedbackSummaryPanel = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const { data, isPending } = useGetOne<Summary>('feedbackSummary', { id: JSON.stringify(filterValues), meta: { filter: filterValues } });
  if (isPending || !data) return <Loading />;
  const rows = [
    ...data.products.map((product) => ({ key: product.productType, name: translate(`resources.feedbacks.productType.${product.productType}`), ...product })),
    ...data.suppliers.map((supplier) => ({
      key: `supplier:${supplier.supplierCode}`,
      name: `${supplier.supplierName} (${supplier.supplierCode})`,
      ...supplier,
    })),
  ];
  return (
    <Card sx={{ mb: 2 }} data-testid="feedback-summary">
      <CardContent>
        <Typography variant="h6">{translate('resources.feedbacks.summary', { count: data.count, average: average(data.averageRating) })}</Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.feedbacks.fields.productOrSupplier')}</TableCell>
              <TableCell align="right">{translate('resources.feedbacks.fields.count')}</TableCell>
              <TableCell align="right">{translate('resources.feedbacks.fields.averageRating')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell>{row.name}</TableCell>
                <TableCell align="right">{row.count}</TableCell>
                <TableCell align="right">{average(row.averageRating)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};

/** Feedback newest first, with the summary per product type and supplier above it. */
export const FeedbackList = () => (
  <List sort={{ field: 'givenAt', order: 'DESC' }} filters={filters}>
    <Stack>
      <FeedbackSummaryPanel />
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="givenAt">
          <DateField source="givenAt" showTime />
        </DataTable.Col>
        <DataTable.Col label="resources.feedbacks.fields.profile" render={(feedback: Feedback) => feedback.profile?.fullName ?? '—'} />
        <DataTable.Col source="productType" disableSort>
          <SelectField source="productType" choices={feedbackProductChoices} />
        </DataTable.Col>
        <DataTable.Col source="supplierName" disableSort />
        <DataTable.Col source="rating" disableSort>
          <SelectField source="rating" choices={ratingChoices} />
        </DataTable.Col>
        <DataTable.Col source="channel" disableSort>
          <SelectField source="channel" choices={feedbackChannelChoices} />
        </DataTable.Col>
        <DataTable.Col source="comment" disableSort />
        <DataTable.Col label="resources.feedbacks.fields.recordedBy" render={(feedback: Feedback) => feedback.recordedBy.displayName} />
      </DataTable>
    </Stack>
  </List>
);
