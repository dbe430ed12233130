/** Travel regions by ISO 3166-1 alpha-2 country, as the company's desks are organised. */
const REGIONS: Record<string, string> = {
  europe:
    'AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK',
  'north-america': 'BM CA GL PM US',
  'latin-america':
    'AG AI AR AW BB BL BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI',
  'middle-east': 'AE BH IL IQ IR JO KW LB OM PS QA SA SY YE',
  africa:
    'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW',
  asia: 'AF AM AZ BD BN BT CC CN CX GE HK ID IN IO JP KG KH KP KR KZ LA LK MM MN MO MV MY NP PH PK SG TH TJ TL TM TW UZ VN',
  oceania: 'AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF',
};

const REGION_BY_COUNTRY = new Map(Object.entries(REGIONS).flatMap(([region, countries]) => countries.split(' ').map((country) => [country, region] as const)));

export const REGION_NAMES = Object.keys(REGIONS);

/** Undefined for places with no desk (Antarctica and its islands). */
export function regionOf(countryCode: string): string | undefined {
  return REGION_BY_COUNTRY.get(countryCode.toUpperCase());
}
