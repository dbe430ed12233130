import { DataSource } from 'typeorm';
import { Logger, uuid7 } from '@wayfarer/kit';
import { OfferCatalogueEntry, OfferKind } from './offer-catalogue-entry.entity';

const DEMO_OFFER: [OfferKind, string, string][] = [
  [OfferKind.AIRLINE, 'BA', 'British Airways'],
  [OfferKind.AIRLINE, 'AF', 'Air France'],
  [OfferKind.AIRLINE, 'KL', 'KLM Royal Dutch Airlines'],
  [OfferKind.AIRLINE, 'LH', 'Lufthansa'],
  [OfferKind.AIRLINE, 'LX', 'SWISS'],
  [OfferKind.AIRLINE, 'IB', 'Iberia'],
  [OfferKind.AIRLINE, 'AY', 'Finnair'],
  [OfferKind.AIRLINE, 'SK', 'SAS Scandinavian Airlines'],
  [OfferKind.AIRLINE, 'EI', 'Aer Lingus'],
  [OfferKind.AIRLINE, 'U2', 'easyJet'],
  [OfferKind.AIRLINE, 'SQ', 'Singapore Airlines'],
  [OfferKind.AIRLINE, 'AC', 'Air Canada'],
  [OfferKind.AIRLINE, 'QF', 'Qantas'],
  [OfferKind.HOTEL_CHAIN, 'HI', 'Holiday Inn'],
  [OfferKind.HOTEL_CHAIN, 'HH', 'Hilton'],
  [OfferKind.HOTEL_CHAIN, 'MC', 'Marriott'],
  [OfferKind.HOTEL_CHAIN, 'RT', 'Accor'],
  [OfferKind.HOTEL_CHAIN, 'PI', 'Premier Inn'],
  [OfferKind.HOTEL_CHAIN, 'NH', 'NH Hotels'],
  [OfferKind.CAR_HIRE, 'ZE', 'Hertz'],
  [OfferKind.CAR_HIRE, 'ZI', 'Avis'],
  [OfferKind.CAR_HIRE, 'ET', 'Enterprise'],
  [OfferKind.CAR_HIRE, 'SX', 'Sixt'],
  [OfferKind.CAR_HIRE, 'EP', 'Europcar'],
  [OfferKind.RAIL_OPERATOR, 'ES', 'Eurostar'],
  [OfferKind.RAIL_OPERATOR, 'DB', 'Deutsche Bahn'],
  [OfferKind.RAIL_OPERATOR, 'SN', 'SNCF'],
  [OfferKind.RAIL_OPERATOR, 'GW', 'Great Western Railway'],
  [OfferKind.RAIL_OPERATOR, 'VT', 'Avanti West Coast'],
  [OfferKind.DEPARTURE_AIRPORT, 'LHR', 'London Heathrow'],
  [OfferKind.DEPARTURE_AIRPORT, 'LGW', 'London Gatwick'],
  [OfferKind.DEPARTURE_AIRPORT, 'MAN', 'Manchester'],
  [OfferKind.DEPARTURE_AIRPORT, 'EDI', 'Edinburgh'],
  [OfferKind.DEPARTURE_AIRPORT, 'DUB', 'Dublin'],
  [OfferKind.DEPARTURE_AIRPORT, 'CDG', 'Paris Charles de Gaulle'],
  [OfferKind.DEPARTURE_AIRPORT, 'FRA', 'Frankfurt'],
  [OfferKind.DEPARTURE_AIRPORT, 'BER', 'Berlin Brandenburg'],
  [OfferKind.DEPARTURE_AIRPORT, 'MAD', 'Madrid Barajas'],
  [OfferKind.DEPARTURE_AIRPORT, 'AMS', 'Amsterdam Schiphol'],
];

/** A European travel company's offer, for a first look, only into an empty catalogue. */
export async function seedDemoOfferCatalogue(dataSource: DataSource, logger: Logger): Promise<void> {
  const repository = dataSource.getRepository(OfferCatalogueEntry);
  if ((await repository.count({ take: 1 })) > 0) return;
  const now = new Date();
  await repository.insert(DEMO_OFFER.map(([kind, code, name]) => Object.assign(new OfferCatalogueEntry(), { id: uuid7(), kind, code, name, createdAt: now })));
  logger.info({ entries: DEMO_OFFER.length }, 'demo offer catalogue created');
}
