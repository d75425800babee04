import { createRoot } from 'react-dom/client';
import { ScalprumShell } from './ScalprumShell';

createRoot(document.getElementById('root')!).render(<ScalprumShell />);
