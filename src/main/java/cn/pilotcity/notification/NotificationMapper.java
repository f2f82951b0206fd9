package cn.pilotcity.notification;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

	void insert(NewNotification notification);

	int updateStatus(@Param("id") long id, @Param("status") String status, @Param("error") String error,
			@Param("sentAt") LocalDateTime sentAt);

	/** PENDING → SENDING; 1 when this caller may send it, 0 when another has. */
	int claim(@Param("id") long id, @Param("at") LocalDateTime at);

	/** Claims older than the time (their sender stopped) are PENDING again. */
	int releaseStuck(@Param("before") LocalDateTime before);

	List<Long> findPendingBefore(@Param("before") LocalDateTime before);

	SentNotification findById(@Param("id") long id);

	List<SentNotification> findByRecipient(@Param("recipient") String recipient);

	List<SentNotification> findByProcessInstance(@Param("processInstanceId") String processInstanceId);
}
