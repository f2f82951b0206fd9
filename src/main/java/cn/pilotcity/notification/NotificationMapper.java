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

	List<SentNotification> findByRecipient(@Param("recipient") String recipient);

	List<SentNotification> findByProcessInstance(@Param("processInstanceId") String processInstanceId);
}
