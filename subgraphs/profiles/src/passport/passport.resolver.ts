import { Passport } from './passport.entity';
import { documentNumberResolver } from '../documents/document-number.resolver';

export const PassportResolver = documentNumberResolver(Passport, 'passport');
