import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Ctx, Permission } from '../common/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import type { RequestContext } from '../common/request-context';
import { TodoDto } from './dto/todo.dto';
import { HomeService } from './home.service';

@ApiTags('home')
@ApiProblems()
@Controller('v1/me')
export class HomeController {
  constructor(private readonly service: HomeService) {}

  @Get('todo')
  @Permission('todo.view')
  @ApiOkResponse({ type: TodoDto, description: 'What the signed-in person is asked to do, across all their workspaces' })
  todo(@Ctx() ctx: RequestContext): Promise<TodoDto> {
    return this.service.todo(ctx);
  }
}
