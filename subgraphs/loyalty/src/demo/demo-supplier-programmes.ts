import { Logger } from '@wayfarer/kit';
import { SupplierProgrammeService } from '../supplier-programmes/supplier-programme.service';
import { CreateSupplierProgrammeInput } from '../supplier-programmes/supplier-programme.input';
import { Alliance, SupplierSector } from '../supplier-programmes/supplier-programme.entity';
import { CheckDigitRule } from '../supplier-programmes/check-digit';

const digits = (length: number) => ({ minLength: length, maxLength: length, pattern: `[0-9]{${length}}`, checkDigit: CheckDigitRule.NONE });

/**
 * Real-looking programmes for `npm start`'s demo. Lengths are plausible, not published specifications,
 * so none claims a check digit.
 */
const DEMO_PROGRAMMES: CreateSupplierProgrammeInput[] = [
  {
    name: 'Miles & More',
    sector: SupplierSector.AIR,
    ownerCode: 'LH',
    alliance: Alliance.STAR_ALLIANCE,
    tierNames: ['Member', 'Frequent Traveller', 'Senator', 'HON Circle'],
    numberFormat: digits(15),
  },
  {
    name: 'KrisFlyer',
    sector: SupplierSector.AIR,
    ownerCode: 'SQ',
    alliance: Alliance.STAR_ALLIANCE,
    tierNames: ['KrisFlyer', 'Elite Silver', 'Elite Gold'],
    numberFormat: digits(10),
  },
  {
    name: 'British Airways Executive Club',
    sector: SupplierSector.AIR,
    ownerCode: 'BA',
    alliance: Alliance.ONEWORLD,
    tierNames: ['Blue', 'Bronze', 'Silver', 'Gold'],
    numberFormat: digits(8),
  },
  {
    name: 'Cathay',
    sector: SupplierSector.AIR,
    ownerCode: 'CX',
    alliance: Alliance.ONEWORLD,
    tierNames: ['Green', 'Silver', 'Gold', 'Diamond'],
    numberFormat: digits(10),
  },
  {
    name: 'Flying Blue',
    sector: SupplierSector.AIR,
    ownerCode: 'AF',
    alliance: Alliance.SKYTEAM,
    tierNames: ['Explorer', 'Silver', 'Gold', 'Platinum'],
    numberFormat: digits(10),
  },
  {
    name: 'Emirates Skywards',
    sector: SupplierSector.AIR,
    ownerCode: 'EK',
    alliance: null,
    tierNames: ['Blue', 'Silver', 'Gold', 'Platinum'],
    numberFormat: digits(9),
  },
  {
    name: 'Marriott Bonvoy',
    sector: SupplierSector.HOTEL,
    ownerCode: 'MC',
    tierNames: ['Member', 'Silver Elite', 'Gold Elite', 'Platinum Elite', 'Titanium Elite', 'Ambassador Elite'],
    numberFormat: digits(9),
  },
  {
    name: 'Hilton Honors',
    sector: SupplierSector.HOTEL,
    ownerCode: 'HH',
    tierNames: ['Member', 'Silver', 'Gold', 'Diamond'],
    numberFormat: { ...digits(9), maxLength: 10, pattern: '[0-9]{9,10}' },
  },
  {
    name: 'IHG One Rewards',
    sector: SupplierSector.HOTEL,
    ownerCode: '6C',
    tierNames: ['Club', 'Silver Elite', 'Gold Elite', 'Platinum Elite', 'Diamond Elite'],
    numberFormat: digits(9),
  },
  {
    name: 'Hertz Gold Plus Rewards',
    sector: SupplierSector.CAR,
    ownerCode: 'ZE',
    tierNames: ['Gold', 'Five Star', 'President’s Circle'],
    numberFormat: digits(8),
  },
  {
    name: 'Avis Preferred',
    sector: SupplierSector.CAR,
    ownerCode: 'ZI',
    tierNames: ['Preferred', 'Preferred Plus', 'President’s Club'],
    numberFormat: { minLength: 6, maxLength: 6, pattern: '[A-Z0-9]{6}', checkDigit: CheckDigitRule.NONE },
  },
  { name: 'BahnBonus', sector: SupplierSector.RAIL, ownerCode: 'DB', tierNames: ['Blue', 'Silver', 'Gold', 'Platinum'], numberFormat: digits(16) },
  {
    name: 'Amtrak Guest Rewards',
    sector: SupplierSector.RAIL,
    ownerCode: '2V',
    tierNames: ['Member', 'Select', 'Select Plus', 'Select Executive'],
    numberFormat: digits(10),
  },
];

/** The demo's supplier programmes, only into an empty catalogue. */
export async function seedDemoSupplierProgrammes(programmes: SupplierProgrammeService, logger: Logger): Promise<void> {
  if (await programmes.hasAny()) return;
  for (const programme of DEMO_PROGRAMMES) await programmes.create(programme);
  logger.info({ count: DEMO_PROGRAMMES.length }, 'seeded demo supplier programmes');
}
