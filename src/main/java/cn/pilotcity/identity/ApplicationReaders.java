package cn.pilotcity.identity;

/**
 * Lets a user outside an application's region read it, e.g. an expert while he sits on its review panel.
 * Features contribute beans; {@link RegionAccess#checkApplication} asks them after the region check.
 */
public interface ApplicationReaders {

	boolean mayRead(String userId, long applicationId);
}
