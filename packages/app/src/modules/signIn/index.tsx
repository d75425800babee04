import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { GuestSignInPage } from './GuestSignInPage';

/**
 * Guest sign-in for the embedded dev portal. The backend's guest provider
 * (auth.providers.guest) issues the identity; production configs swap this
 * for a real provider. A guest who signed in before is signed in again
 * silently on reloads and deep links, also while the backend restarts.
 */
const guestSignInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => GuestSignInPage,
  },
});

export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [guestSignInPage],
});
