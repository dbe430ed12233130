import { DataSource } from 'typeorm';
import { createGatewayCall, Logger } from '@wayfarer/kit';
import { CommunicationsFeature } from '../communications.feature';
import type { CommunicationsSettings } from '../communications.config';
import { InboundEmail } from './inbound-email.entity';
import { InboundEmailService } from './inbound-email.service';
import { InboundEmailResolver } from './inbound-email.resolver';
import { EmailSenders } from './email-senders';
import { inboundEmailSubjectPart } from './inbound-email.subject';
import { startCaptureListener } from './capture-listener';
import { CreateInboundEmails1796714000000 } from '../migrations/1796714000000-create-inbound-emails';

/** The capture of the schema built on each data source: the listener starts after the schema, with the settings. */
const captures = new WeakMap<DataSource, InboundEmailService>();

/** E-mail sent or forwarded to the capture address, filed on the sender's timeline or queued for triage. */
export const inboundEmailFeature: CommunicationsFeature = {
  name: 'inbound-email',
  entities: [InboundEmail],
  migrations: [CreateInboundEmails1796714000000],
  resolvers(services) {
    const { dataSource, config, interactions, interactionResolver } = services;
    const senders = new EmailSenders(
      createGatewayCall({ gatewayUrl: config.GATEWAY_URL, service: 'communications', serviceSecret: config.SERVICE_TOKEN_SECRET }),
    );
    const service = new InboundEmailService(dataSource, interactions, senders);
    captures.set(dataSource, service);
    services.dataSubject.register(inboundEmailSubjectPart);
    return [new InboundEmailResolver(service, interactionResolver)];
  },
};

/** Starts the SMTP listener when INBOUND_SMTP_PORT is set; what it returns closes it. */
export async function listenForCapturedEmail(dataSource: DataSource, settings: CommunicationsSettings | undefined, logger: Logger) {
  const capture = captures.get(dataSource);
  if (!settings?.inbound || !capture) return undefined;
  return startCaptureListener(settings.inbound, capture, logger);
}
