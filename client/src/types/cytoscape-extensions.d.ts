// cytoscape-fcose and cytoscape-svg ship no type declarations; both are
// registered with cytoscape.use(). (Ambient declarations: imports go inside.)
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const svg: Ext;
  export default svg;
}
