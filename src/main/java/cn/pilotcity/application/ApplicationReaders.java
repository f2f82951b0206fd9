package cn.pilotcity.application;

/**
 * Someone besides the application's region and the national offices who may read an application, e.g. the
 * experts of its review panel. Features contribute beans of this type.
 */
public interface ApplicationReaders {

	boolean mayRead(String userId, Application application);
}
