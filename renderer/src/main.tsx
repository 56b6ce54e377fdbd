import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { WallApp } from './features/wall/WallApp';
import { isWallLocation } from './features/wall/wallConfig';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {isWallLocation(window.location) ? <WallApp /> : <App />}
    </StrictMode>,
  );
}
