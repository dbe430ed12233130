import { ArgsType, Field, ObjectType } from 'type-graphql';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ListResult, PageInput } from '@wayfarer/kit';
import { Campaign } from './campaign.entity';
import { CampaignRecipient } from './campaign-recipient.entity';
import { CampaignStatus, DeliveryStatus } from './campaign.types';

@ArgsType()
export class CampaignListArgs {
  @Field(() => CampaignStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CampaignStatus)
  status?: CampaignStatus;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ArgsType()
export class CampaignRecipientListArgs {
  @Field(() => DeliveryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryStatus)
  status?: DeliveryStatus;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType({ description: 'Newest first.' })
export class CampaignList extends ListResult(Campaign) {}

@ObjectType({ description: 'In the order the audience was written (profile id order).' })
export class CampaignRecipientList extends ListResult(CampaignRecipient) {}
