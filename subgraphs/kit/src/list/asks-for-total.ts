import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

const COUNTED_FIELDS = new Set(['total', 'totalIsExact']);

/** Whether the list field being resolved selects its total, so the count can run alongside the page. */
export function asksForTotal(info: GraphQLResolveInfo): boolean {
  const selects = (selectionSet: SelectionSetNode | undefined): boolean =>
    !!selectionSet?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return COUNTED_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet);
      return selects(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => selects(node.selectionSet));
}
