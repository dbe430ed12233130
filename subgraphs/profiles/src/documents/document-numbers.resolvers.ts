import { documentNumberResolver } from './document-number.resolver';
import { Passport } from './passport.entity';
import { TravelInsurance } from './travel-insurance.entity';
import { VaccinationCertificate } from './vaccination-certificate.entity';
import { Visa } from './visa.entity';

export const PassportNumberResolver = documentNumberResolver(Passport, 'passport');
export const VisaNumberResolver = documentNumberResolver(Visa, 'visa');
export const VaccinationCertificateNumberResolver = documentNumberResolver(VaccinationCertificate, 'certificate');
export const TravelInsuranceNumberResolver = documentNumberResolver(TravelInsurance, 'policy');
