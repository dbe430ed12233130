import OfferIcon from '@mui/icons-material/Storefront';
import { OfferCatalogueCreate } from './OfferCatalogueCreate';
import { OfferCatalogueList } from './OfferCatalogueList';
import type { ConsoleResource } from '../consoleResource';
import { offerCatalogueOperations } from './offerCatalogue.operations';

export const offerCatalogue = {
  name: 'offerCatalogue',
  list: OfferCatalogueList,
  create: OfferCatalogueCreate,
  icon: OfferIcon,
  readScope: 'access:admin',
  writeScope: 'access:admin',
  recordRepresentation: 'name',
  operations: offerCatalogueOperations,
} satisfies ConsoleResource;
