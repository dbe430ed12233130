import { DateField, Labeled, Show, TabbedShowLayout } from 'react-admin';
import { ProfileContactTab } from './contact/ProfileContactTab';
import { ProfileDocumentsTab } from './travelDocuments/ProfileDocumentsTab';
import { ProfilePreferencesTab } from './preferences/ProfilePreferencesTab';
import { ProfileConsentsTab } from './consents/ProfileConsentsTab';
import { ProfileHistoryTab } from './history/ProfileHistoryTab';
import { ProfileComplianceTab } from '../corporateAccounts/ProfileComplianceTab';
import { ProfileLoyaltyTab } from '../loyalty/ProfileLoyaltyTab';
import { ProfileTimelineTab } from '../communications/timeline/ProfileTimelineTab';
import { ProfileBanner } from './upkeep/ProfileBanner';
import { ProfileUpkeepTab } from './upkeep/ProfileUpkeepTab';
import { DataSubjectTab } from './dataSubject/DataSubjectTab';
import { SurvivorRedirect } from './duplicates/survivor';

/** One tab per part of the profile; each tab lives in its own file. */
export const ProfileShow = () => (
  <Show>
    <SurvivorRedirect />
    <ProfileBanner />
    <TabbedShowLayout>
      <ProfileContactTab label="resources.profiles.sections.contact" />
      <ProfilePreferencesTab label="resources.profiles.sections.preferences" path="preferences" />
      <ProfileDocumentsTab label="resources.profiles.sections.documents" path="documents" />
      <ProfileConsentsTab label="resources.profiles.sections.consents" path="consents" />
      <ProfileHistoryTab label="resources.profileHistory.name" path="history" />
      <ProfileUpkeepTab label="resources.profileUpkeep.name" path="upkeep" />
      <ProfileComplianceTab label="resources.profileCompliance.name" path="compliance" />
      <ProfileLoyaltyTab label="resources.profileLoyalty.name" path="loyalty" />
      <ProfileTimelineTab label="resources.profileTimeline.name" path="timeline" />
      <DataSubjectTab label="resources.dataSubject.name" path="data-subject" />
      <TabbedShowLayout.Tab label="resources.profiles.sections.record" path="record">
        <Labeled source="createdAt">
          <DateField source="createdAt" showTime />
        </Labeled>
        <Labeled source="updatedAt">
          <DateField source="updatedAt" showTime />
        </Labeled>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
