import { render, screen } from '@testing-library/react';
import app from './App';

describe('App', () => {
  it('renders the guest sign-in page', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'llm-d portal' },
            backend: { baseUrl: 'http://localhost:7007' },
          },
          context: 'test',
        },
      ] as any,
    };

    render(app.createRoot());

    // The app loads its extensions first: slow on a busy machine.
    expect(
      await screen.findByText('Guest', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: /enter/i }),
    ).toBeInTheDocument();
  });
});
