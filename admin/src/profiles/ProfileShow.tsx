import { DateField, Labeled, Show, TabbedShowLayout } from 'react-admin';
import { ProfileContactTab } from './ProfileContactTab';
import { ProfileDocumentsTab } from './ProfileDocumentsTab';

/** One tab per part of the profile; each tab lives in its own file. */
export const ProfileShow = () => (
  <Show>
    <TabbedShowLayout>
      <ProfileContactTab label="resources.profiles.sections.contact" />
      <ProfileDocumentsTab label="resources.profiles.sections.documents" path="documents" />
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
