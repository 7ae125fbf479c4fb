import './builder';
