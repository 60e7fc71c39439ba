import { findLocation } from '../catalogues/locationData';

/** GeoPrimaryRegion / GeoSecondaryRegion of an account: geo-redundant types replicate to the paired region. */
export function geoRegions(location: string | undefined, accountType: string): { geoPrimaryRegion?: string; geoSecondaryRegion?: string } {
    const info = location === undefined ? undefined : findLocation(location);
    if (info === undefined) return {};
    const geo = accountType === 'Standard_GRS' || accountType === 'Standard_RAGRS';
    return geo ? { geoPrimaryRegion: info.name, geoSecondaryRegion: info.geoSecondary } : { geoPrimaryRegion: info.name };
}
