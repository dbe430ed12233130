import OfferIcon from '@mui/icons-material/Storefront';
import { OfferCatalogueCreate } from './OfferCatalogueCreate';
import { OfferCatalogueList } from './OfferCatalogueList';

export const offerCatalogue = {
  list: OfferCatalogueList,
  create: OfferCatalogueCreate,
  icon: OfferIcon,
};
